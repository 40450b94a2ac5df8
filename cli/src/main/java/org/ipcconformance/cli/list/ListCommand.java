package org.ipcconformance.cli.list;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.ipcconformance.cli.engine.AdapterPath;
import org.ipcconformance.cli.engine.Adapters;
import org.ipcconformance.spec.catalog.Catalog;
import org.ipcconformance.spec.catalog.Mechanism;
import org.ipcconformance.spec.catalog.PropertyDef;
import org.ipcconformance.spec.catalog.Standard;
import org.ipcconformance.spec.spi.AdapterProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code list}: the adapters on the class path and the adapter path (with availability, planted
 * faults and origin) and the catalog; {@code list --requirements}: what each property needs of an adapter.
 */
@Command(name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the adapters (availability, planted faults, where each came from) and the catalog's properties "
                + "(level, standard, executable or pending).")
public final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--requirements",
            description = "Instead: per property, the features its spec methods need (per variant: System V, POSIX, "
                    + "UNIX, INET) and the facet an adapter implements to offer each.")
    boolean requirements;

    @Option(names = "--markdown",
            description = "With --requirements: per mechanism, the facets and features its properties need and how many "
                    + "properties need each, as the Markdown table of README.md's \"What an adapter must offer\".")
    boolean markdown;

    @Override
    public Integer call() {
        if (markdown && !requirements) {
            throw new ParameterException(spec.commandLine(), "--markdown goes with --requirements: list --requirements --markdown");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (requirements) {
            List<PropertyNeeds> needs = PropertyNeeds.of(Catalog.standard(), PropertyNeeds.ofSuites());
            if (markdown) {
                out.print(RequirementsTable.markdown(needs));
            } else {
                RequirementsListing.print(out, needs);
            }
        } else {
            adapters(out);
            out.println();
            catalog(out, Catalog.standard());
        }
        out.flush();
        return 0;
    }

    private static void adapters(PrintWriter out) {
        List<AdapterProvider> providers = Adapters.registry().providers();
        out.println("Adapters (select with --adapters a,b; 'all' is every available one):");
        if (providers.isEmpty()) {
            out.println("  none on the class path or the adapter path");
        }
        int width = providers.stream().mapToInt(p -> p.id().length()).max().orElse(6);
        for (AdapterProvider p : providers) {
            String availability = p.unavailableReason().map(r -> "unavailable: " + r).orElse("available");
            out.println(String.format(Locale.ROOT, "  %-" + width + "s  %s", p.id(), availability));
            out.println(String.format(Locale.ROOT, "  %-" + width + "s  %s", "", p.description()));
            out.println(String.format(Locale.ROOT, "  %-" + width + "s  from: %s", "", AdapterPath.origin(p)));
            Map<String, String> faults = p.faults();
            if (!faults.isEmpty()) {
                out.println(String.format(Locale.ROOT, "  %-" + width + "s  planted faults (select as %s:<fault>):", "", p.id()));
                int fw = faults.keySet().stream().mapToInt(String::length).max().orElse(0);
                faults.forEach((name, description) -> out.println(String.format(Locale.ROOT,
                        "  %-" + width + "s    %-" + fw + "s  %s", "", name, description)));
            }
        }
    }

    private static void catalog(PrintWriter out, Catalog catalog) {
        List<PropertyDef> all = catalog.properties();
        long pending = all.stream().filter(p -> catalog.isPending(p.id())).count();
        out.println("Catalog: " + all.size() + " properties, " + (all.size() - pending) + " executable, "
                + pending + " pending (reported as UNTESTED):");
        int width = all.stream().mapToInt(p -> p.id().length()).max().orElse(10);
        int standardWidth = all.stream().mapToInt(p -> standardOf(p).length()).max().orElse(5);
        for (Mechanism m : Mechanism.values()) {
            List<PropertyDef> props = catalog.of(m);
            if (props.isEmpty()) {
                continue;
            }
            out.println("  " + m.title() + " (--mechanism " + m.name().toLowerCase(Locale.ROOT).replace('_', '-') + ")");
            for (PropertyDef p : props) {
                out.println(String.format(Locale.ROOT, "    %-" + width + "s  %-6s  %-" + standardWidth + "s  %-10s  %s", p.id(),
                        p.level(), standardOf(p), catalog.isPending(p.id()) ? "pending" : "executable", p.title()));
            }
        }
    }

    /** {@code xsi, posix-option:MSG}: the standards that promise the property, as the catalog writes them. */
    static String standardOf(PropertyDef p) {
        return p.standard().stream().map(Standard::notation).collect(Collectors.joining(", "));
    }
}
