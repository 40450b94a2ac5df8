package org.ipcconformance.reports.baseline;

import java.util.Locale;

/**
 * Where a baseline entry holds: an operating system and a kernel range, each optional (absent
 * means any).
 *
 * @param os     compared with {@code os.name} ignoring case and spaces; {@code macos} and
 *               {@code darwin} also match "Mac OS X"
 * @param kernel the kernel releases, or null for any
 */
public record PlatformMatch(String os, KernelRange kernel) {
    public static final PlatformMatch ANY = new PlatformMatch(null, null);

    public boolean matches(Platform platform) {
        return (os == null || normalise(os).equals(normalise(platform.os())))
                && (kernel == null || kernel.contains(platform.kernel()));
    }

    static String normalise(String os) {
        String n = os == null ? "" : os.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return n.equals("macosx") || n.equals("darwin") || n.equals("osx") ? "macos" : n;
    }

    @Override
    public String toString() {
        if (os == null && kernel == null) {
            return "any platform";
        }
        return (os == null ? "" : os) + (kernel == null ? "" : (os == null ? "" : " ") + "kernel " + kernel);
    }
}
