package org.ipcconformance.cli.version;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The tool's version, from the resource the build writes it into. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        String v = buildProperty("version");
        if (v != null) {
            return v;
        }
        v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    /** A value the build wrote into version.properties (project and tool versions), or null. */
    public static String buildProperty(String key) {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty(key, "").strip();
                if (!v.isEmpty() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // no build information: the caller falls back
        }
        return null;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "ipc-conformance " + version(),
            "JVM: " + System.getProperty("java.vendor") + " " + System.getProperty("java.version")
                    + " on " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch")
        };
    }
}
