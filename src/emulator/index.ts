export { MOTO_INSTALL_COMMAND, MotoServerNotFound, MotoServerStartError } from "./errors.js";
export { startMotoServer, type MotoServer, type MotoServerOptions } from "./moto-server.js";
export { motoControls, type MotoControls } from "./controls.js";
