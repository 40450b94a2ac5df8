package org.ipcconformance.cli.run;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipcconformance.spec.catalog.Standard;
import org.ipcconformance.spec.spi.OptionAbsentException;

/** {@code --require-option MSG,SEM,...}: option tags to the catalog's notations the gate checks. */
final class RequiredOptions {
    private RequiredOptions() {
    }

    /** The notations ({@code posix-option:MSG}, {@code xsi}); a tag that is no option is a usage error listing the accepted ones. */
    static Set<String> parse(List<String> tags, Function<String, RuntimeException> usage) {
        Set<String> out = new LinkedHashSet<>();
        if (tags == null) {
            return out;
        }
        for (String tag : tags) {
            String wanted = tag.strip().toUpperCase(Locale.ROOT);
            Standard option = options().stream().filter(s -> OptionAbsentException.tagOf(s).equals(wanted)).findFirst()
                    .orElseThrow(() -> usage.apply("--require-option: '" + tag + "' is not an option of the standard; "
                            + "accepted: " + options().stream().map(s -> OptionAbsentException.tagOf(s) + " (" + s.title() + ")")
                            .collect(Collectors.joining(", "))));
            out.add(option.notation());
        }
        return out;
    }

    /** The POSIX options and XSI, in the catalog's order. */
    private static List<Standard> options() {
        return Arrays.stream(Standard.values()).filter(s -> s == Standard.XSI || s.optionTag().isPresent()).toList();
    }
}
