// The XLSX reader thread (see boot.mjs): register tsx in this thread, then parse.
import { register } from "tsx/esm/api";

register();
await import("./xlsx-thread.ts");
