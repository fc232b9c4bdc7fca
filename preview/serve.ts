/** `npm run preview`: serves the built dist/ on http://127.0.0.1:3100/ (PREVIEW_PORT to change). */
import * as path from "path";
import { startPreviewServer } from "./server";

const port = Number(process.env.PREVIEW_PORT ?? 3100);
startPreviewServer(path.resolve(__dirname, "../dist"), port).then((server) => {
  console.log(`Preview: ${server.url}  (the task pane on a sample workbook; Ctrl+C to stop)`);
});
