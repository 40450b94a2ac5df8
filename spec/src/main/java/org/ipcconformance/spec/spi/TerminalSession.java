package org.ipcconformance.spec.spi;


import org.apiguardian.api.API;

/**
 * A pseudo-terminal with a process running on it: {@code foreground} leads a new session whose
 * controlling terminal is the terminal's slave side and is its foreground process group. The
 * spawner holds {@code master}; writing {@code interruptCharacter} to it is typing Ctrl+C.
 *
 * @param master             the master side, held by the process that opened the terminal
 * @param interruptCharacter the terminal's VINTR character (0x03, Ctrl+C, by default)
 * @param foreground         the process in the terminal's foreground process group
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record TerminalSession(Handle master, byte interruptCharacter, Proc foreground) {
}
