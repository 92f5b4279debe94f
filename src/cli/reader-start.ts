import path from "path";
import { cacheFileOf, loadBundle, READER_BUNDLE } from "./cached-bundle";

// A reader thread started from the bundle: its code is one file, compiled from V8's code cache
// made at build time, instead of some 170 modules resolved, parsed and compiled anew in each thread.
const bundle = path.join(__dirname, READER_BUNDLE);
loadBundle(bundle, cacheFileOf(bundle));
