// The entry of the worker thread that reads past reports (read-bounded.ts): plain JavaScript, so
// that it starts in any process (the server, a test runner), and loads the TypeScript reader
// through tsx once per thread.
import { tsImport } from "tsx/esm/api";

const { runReadTask } = await tsImport("./read-task.ts", import.meta.url);

export default runReadTask;
