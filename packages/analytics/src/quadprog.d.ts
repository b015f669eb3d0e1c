/**
 * Types for quadprog 1.6.1 (a JS port of R's quadprog, Goldfarb–Idnani dual
 * active-set method). It minimises −dᵀb + ½ bᵀDb subject to Aᵀb ≥ b0, the
 * first `meq` constraints as equalities. Every array is 1-based (index 0 is
 * unused), as in the Fortran original; `Amat[i][j]` is variable i of
 * constraint j. Dmat and dvec are overwritten: pass copies.
 */
declare module "quadprog" {
  export interface QPResult {
    /** 1-based solution vector b. */
    solution: number[];
    /** 1-based Lagrange multipliers, one per constraint (≥ 0 for inequalities). */
    Lagrangian: number[];
    /** value[1] = −dᵀb + ½ bᵀDb at the solution. */
    value: number[];
    unconstrained_solution: number[];
    iterations: number[];
    iact: number[];
    /** "" on success, otherwise why no solution was found. */
    message: string;
  }
  export function solveQP(
    Dmat: number[][],
    dvec: number[],
    Amat: number[][],
    bvec?: number[],
    meq?: number,
    factorized?: number[],
  ): QPResult;
  const quadprog: { solveQP: typeof solveQP };
  export default quadprog;
}
