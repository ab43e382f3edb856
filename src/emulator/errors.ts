/** The command that installs the emulator version the project is tested against. */
export const MOTO_INSTALL_COMMAND = 'pip install "moto[server]==5.2.1"';

/** Raised when the `moto_server` executable cannot be found on PATH. */
export class MotoServerNotFound extends Error {
  constructor(command: string, options?: ErrorOptions) {
    super(
      `The AWS emulator command "${command}" was not found on PATH. ` +
        `Install it with: ${MOTO_INSTALL_COMMAND}`,
      options,
    );
    this.name = "MotoServerNotFound";
  }
}

/** Raised when the emulator exits before its first HTTP response, or does not respond in time. */
export class MotoServerStartError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "MotoServerStartError";
  }
}
