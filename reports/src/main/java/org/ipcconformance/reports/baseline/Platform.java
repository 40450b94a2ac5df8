package org.ipcconformance.reports.baseline;

import org.ipcconformance.reports.env.Environment;

/**
 * The machine a baseline entry is matched against.
 *
 * @param os     {@code os.name} ("Linux", "Mac OS X")
 * @param kernel the kernel release ("6.1.0-18-amd64"); see {@link Environment#kernel()}
 */
public record Platform(String os, String kernel) {

    public static Platform current() {
        return new Platform(Environment.os(), Environment.kernel());
    }
}
