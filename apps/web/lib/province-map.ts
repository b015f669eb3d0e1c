import type { Geometry } from "geojson";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";

type Shape = (Polygon<ShapeProps> | MultiPolygon<ShapeProps>) & { properties: ShapeProps };
type ShapeProps = { gso: string; name: string };
const shapesOf = (t: ProvinceTopology) => t.objects.provinces.geometries as Shape[];
const geometryOf = (t: ProvinceTopology, shape: Shape): Geometry =>
  (shape.type === "Polygon" ? feature(t, shape) : feature(t, shape as MultiPolygon<ShapeProps>)).geometry;

/**
 * The shapes a year's map draws. The only boundary file is the 63 provinces
 * before 1/7/2025 (../shared/data/vn-provinces-map, keyed by GSO code); a unit
 * formed on 1/7/2025 is drawn as the union of its predecessors' shapes along
 * the crosswalk (Province.successor), with topojson's `merge` so the borders
 * between predecessors vanish and the shared outer borders stay identical.
 */
export type ProvinceTopology = Topology<{ provinces: GeometryCollection<{ gso: string; name: string }> }>;

/** A unit to draw: its code (the ranking's subject code), its name and the 63-map shapes it is made of. */
export interface MapUnit {
  code: string;
  name: string;
  predecessors: { code: string; name: string }[];
}

export interface ProvinceFeature {
  type: "Feature";
  /** `gso` is the unit's code, the key the ranking rows are joined on. */
  properties: { gso: string; name: string; predecessors: { code: string; name: string }[] };
  geometry: Geometry;
}

/** One of the 63 units with the unit it became part of on 1/7/2025 (itself when unchanged). */
export interface CrosswalkRow {
  code: string;
  nameVi: string;
  successor?: { code: string; nameVi: string } | null;
}

/**
 * The shapes of a year's units: a unit that is one of the 63 keeps its own
 * shape; any other is made of the 63 whose successor it is. Works for either
 * era with no year written in: 2024's units are the 63, 2025's are the 34.
 * Units with no shape at all (none of the 63, no predecessor) are left out.
 */
export function mapUnitsFor(unitsOfYear: readonly { code: string; nameVi: string }[], old: readonly CrosswalkRow[]) {
  const byCode = new Map(old.map((o) => [o.code, o]));
  return unitsOfYear.flatMap((u): MapUnit[] => {
    const own = byCode.get(u.code);
    const parts = own ? [own] : old.filter((o) => o.successor?.code === u.code);
    if (parts.length === 0) return [];
    return [
      {
        code: u.code,
        name: u.nameVi,
        predecessors: parts.map((p) => ({ code: p.code, name: p.nameVi })).sort((a, b) => a.code.localeCompare(b.code)),
      },
    ];
  });
}

/**
 * One feature per unit: a unit of one shape keeps that shape's geometry as in
 * the file; a unit of several is their merge (a MultiPolygon without inner
 * borders). A predecessor missing from the file is an error naming it, never
 * a silently smaller province.
 */
export function unitFeatures(topology: ProvinceTopology, units: readonly MapUnit[]): ProvinceFeature[] {
  const shapes = new Map(shapesOf(topology).map((g) => [g.properties.gso, g]));
  return units.map((u) => {
    const parts = u.predecessors.map((p) => {
      const shape = shapes.get(p.code);
      if (!shape) throw new Error(`Bản đồ không có ranh giới của ${p.name} (mã ${p.code}) để vẽ ${u.name}.`);
      return shape;
    });
    const geometry = parts.length === 1 ? geometryOf(topology, parts[0]!) : (merge(topology, parts) as Geometry);
    return { type: "Feature", properties: { gso: u.code, name: u.name, predecessors: u.predecessors }, geometry };
  });
}

/** The file's 63 shapes as they are (no crosswalk needed). */
export function fileFeatures(topology: ProvinceTopology): ProvinceFeature[] {
  return shapesOf(topology).map((g) => ({
    type: "Feature",
    properties: { gso: g.properties.gso, name: g.properties.name, predecessors: [] },
    geometry: geometryOf(topology, g),
  }));
}

/** "Gồm Quảng Bình, Quảng Trị trước khi hợp nhất": said in the tooltip of a merged unit. */
export function mergedFromText(f: ProvinceFeature): string | null {
  const p = f.properties.predecessors;
  return p.length > 1 ? `Gồm ${p.map((x) => x.name).join(", ")} trước khi hợp nhất` : null;
}
