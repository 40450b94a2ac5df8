package org.ipcconformance.cli.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ipcconformance.spec.spi.AdapterProvider;
import org.ipcconformance.spec.spi.AdapterRegistry;

/**
 * Adapters from jars outside the command line: {@code --adapter-path PATH} or the environment
 * variable {@value #VARIABLE}. The launcher runs {@code java -jar}, which ignores {@code -cp} and
 * {@code CLASSPATH}, so the path is loaded here, through a class loader of its own whose parent is
 * the command line's (the SPI the adapters implement is the command line's own).
 *
 * <p>An entry is a jar, a folder of classes (it has {@code META-INF/services/...AdapterProvider}),
 * or a folder of jars (an adapter jar beside the libraries it needs).
 */
public final class AdapterPath {
    public static final String OPTION = "--adapter-path";
    public static final String VARIABLE = "IPC_CONFORMANCE_ADAPTER_PATH";
    static final String SERVICE = "META-INF/services/" + AdapterProvider.class.getName();

    /** One loader per path: a JVM that runs several commands (the tests) loads each jar once. */
    private static final Map<List<URL>, URLClassLoader> LOADERS = new HashMap<>();
    private static volatile String current = "";

    private AdapterPath() {
    }

    /**
     * Points the adapter registry at {@code option}, or at the variable's value when the option is
     * absent (the option wins, as {@code -cp} over {@code CLASSPATH}); none: the built-in adapters.
     *
     * @return the loader the command should run with as its context class loader
     * @throws IllegalArgumentException naming the entry that is missing or is no jar or folder
     */
    public static ClassLoader apply(String option, Map<String, String> environment) {
        String path = option != null ? option : environment.getOrDefault(VARIABLE, "");
        List<URL> urls = urls(path);
        ClassLoader parent = AdapterPath.class.getClassLoader();
        ClassLoader loader;
        synchronized (LOADERS) {
            loader = urls.isEmpty() ? parent
                    : LOADERS.computeIfAbsent(urls, u -> new URLClassLoader("adapter-path", u.toArray(URL[]::new), parent));
        }
        AdapterRegistry.useLoader(loader);
        current = urls.isEmpty() ? "" : path;
        return loader;
    }

    /** The adapter path in force, for messages; empty when none is set. */
    public static String current() {
        return current;
    }

    /** Where an adapter came from: "built in", or the jar or folder on the adapter path. */
    public static String origin(AdapterProvider p) {
        if (p.getClass().getClassLoader() == AdapterPath.class.getClassLoader()) {
            return "built in";
        }
        CodeSource source = p.getClass().getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return OPTION;
        }
        try {
            return Path.of(source.getLocation().toURI()) + " (" + OPTION + ")";
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return source.getLocation() + " (" + OPTION + ")";
        }
    }

    /** What to say after "unknown adapter": how an adapter outside the command line is added. */
    public static String hint() {
        return current.isEmpty()
                ? "; an adapter in a jar of its own is added with " + OPTION + " PATH or " + VARIABLE + " (see the README)"
                : "; the adapter path (" + OPTION + " or " + VARIABLE + ") is " + current;
    }

    static List<URL> urls(String path) {
        List<URL> urls = new ArrayList<>();
        for (String raw : path.split(":")) {
            if (raw.isBlank()) {
                continue;
            }
            Path entry = Path.of(raw.strip()).toAbsolutePath().normalize();
            if (Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(".jar")) {
                urls.add(url(entry));
            } else if (Files.isDirectory(entry) && Files.isRegularFile(entry.resolve(SERVICE))) {
                urls.add(url(entry));
            } else if (Files.isDirectory(entry)) {
                List<Path> jars = jarsIn(entry);
                if (jars.isEmpty()) {
                    throw new IllegalArgumentException(OPTION + ": the folder " + entry + " holds neither " + SERVICE
                            + " (a folder of classes) nor jars");
                }
                jars.forEach(j -> urls.add(url(j)));
            } else {
                throw new IllegalArgumentException(OPTION + ": " + raw.strip() + (Files.exists(entry)
                        ? " is neither a .jar nor a folder" : " does not exist") + " (entries are jars or folders, ':'-separated)");
            }
        }
        return urls;
    }

    private static List<Path> jarsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the adapter folder " + folder, e);
        }
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(OPTION + ": " + p + " is no valid location", e);
        }
    }
}
