package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.ipcconformance.adapter.simulator.SimulatorAdapterProvider;
import org.ipcconformance.cli.engine.AdapterPath;
import org.ipcconformance.spec.spi.AdapterProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An adapter jar built here, outside the command line's class path, runs through
 * {@code --adapter-path}: as an adapter author would build and run one.
 */
class AdapterPathTest {
    /** A plug-in that certifies the simulator's model under an id of its own: small, and it passes. */
    private static final String PROVIDER = """
            package plugin;

            import java.util.Map;
            import org.ipcconformance.spec.run.RunDirectory;
            import org.ipcconformance.spec.run.SandboxContext;
            import org.ipcconformance.spec.spi.*;

            public final class PluginProvider implements AdapterProvider {
                public String id() { return "plugin"; }
                public String description() { return "the simulator's model, from a jar of its own"; }
                public Adapter open(RunDirectory run, String fault) {
                    Adapter model = new org.ipcconformance.adapter.simulator.SimulatorAdapterProvider().open(run, null);
                    return new Adapter() {
                        public String id() { return "plugin"; }
                        public String version() { return "1.0"; }
                        public Features features() { return model.features(); }
                        public Map<String, String> environment() { return Map.of(); }
                        public Sandbox openSandbox(SandboxContext context) { return model.openSandbox(context); }
                        public void close() { model.close(); }
                    };
                }
            }
            """;

    @TempDir
    static Path build;
    static Path jar;

    @BeforeAll
    static void buildThePluginJar() throws Exception {
        Path src = Files.createDirectories(build.resolve("src/plugin")).resolve("PluginProvider.java");
        Files.writeString(src, PROVIDER);
        Path classes = Files.createDirectories(build.resolve("classes"));
        String classPath = String.join(java.io.File.pathSeparator, List.of(codeSource(AdapterProvider.class),
                codeSource(SimulatorAdapterProvider.class), codeSource(org.apiguardian.api.API.class)));
        int javac = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-d", classes.toString(), "--class-path", classPath, "-proc:none", src.toString());
        assertThat(javac).as("javac of the plug-in").isZero();
        Path services = Files.createDirectories(classes.resolve("META-INF/services"))
                .resolve(AdapterProvider.class.getName());
        Files.writeString(services, "plugin.PluginProvider\n");
        jar = build.resolve("plugin-adapter.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, (OutputStream) out);
                out.closeEntry();
            }
        }
    }

    @AfterAll
    static void backToTheBuiltInAdapters() {
        Cli.run("list");
    }

    private static String codeSource(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    @Test
    void thePluginIsNotOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("plugin.PluginProvider")).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void anAdapterJarRunsThroughTheOptionAndPasses(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("report");
        Cli cli = Cli.run("run", "--adapter-path", jar.toString(), "--adapters", "plugin",
                "--properties", "PIPE-EOF", "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
        JsonNode results = new ObjectMapper().readTree(out.resolve("conformance.json").toFile()).get("results");
        assertThat(results.size()).isEqualTo(1);
        assertThat(results.get(0).get("adapter").asText()).isEqualTo("plugin");
        assertThat(results.get(0).get("verdict").asText()).isEqualTo("PASS");
    }

    @Test
    void listShowsWhereEachAdapterCameFrom() {
        Cli cli = Cli.run("list", "--adapter-path", build.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        String out = cli.out();
        assertThat(out).contains("the simulator's model, from a jar of its own");
        String plugin = out.substring(out.indexOf("  plugin "));
        assertThat(plugin.lines().limit(3)).anyMatch(l -> l.contains("from: " + jar + " (--adapter-path)"));
        String simulator = out.substring(out.indexOf("  simulator "));
        assertThat(simulator.lines().limit(3)).anyMatch(l -> l.contains("from: built in"));
    }

    @Test
    void theOptionGoesBeforeTheCommandToo() {
        Cli cli = Cli.run("--adapter-path", jar.toString(), "list");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("from: " + jar);
    }

    @Test
    void anUnknownAdapterNamesTheAdapterPathOption() {
        Cli cli = Cli.run("run", "--adapters", "plugin");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().lines().findFirst().orElse("")).contains("unknown adapter 'plugin'", "--adapter-path PATH",
                "IPC_CONFORMANCE_ADAPTER_PATH");
    }

    @Test
    void aMissingEntryIsAUsageErrorNamingIt(@TempDir Path tmp) {
        Cli cli = Cli.run("list", "--adapter-path", tmp.resolve("nowhere.jar").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().lines().findFirst().orElse("")).contains("--adapter-path", "nowhere.jar", "does not exist");
        Cli empty = Cli.run("list", "--adapter-path", tmp.toString());
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err().lines().findFirst().orElse("")).contains("holds neither");
    }

    @Test
    void theEnvironmentVariableMeansTheSameAndTheOptionWins() {
        ClassLoader fromVariable = AdapterPath.apply(null,
                Map.of("IPC_CONFORMANCE_ADAPTER_PATH", jar.toString()));
        try {
            assertThat(fromVariable.getResource("plugin/PluginProvider.class")).isNotNull();
            ClassLoader optionWins = AdapterPath.apply("",
                    Map.of("IPC_CONFORMANCE_ADAPTER_PATH", jar.toString()));
            assertThat(optionWins.getResource("plugin/PluginProvider.class")).isNull();
        } finally {
            AdapterPath.apply(null, Map.of());
        }
    }
}
