// A worker starts without its parent's TypeScript loader (tsx's, or vitest's
// transform): register tsx in this thread, then run the reader.
import { register } from "tsx/esm/api";

register();
await import("./thread.ts");
