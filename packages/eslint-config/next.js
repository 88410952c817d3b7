// Adds Next.js, React and accessibility rules to the shared preset for apps/web.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import base from "./index.js";

export default [...nextCoreWebVitals, ...base];
