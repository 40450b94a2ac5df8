package org.ipcconformance.reports.allure;

import io.qameta.allure.model.Link;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns catalog references into links where a reference names a public page: Linux man pages
 * ("Linux pipe(7)") to man7.org, POSIX interfaces ("POSIX.1-2017 XSH pipe()") and headers
 * ("XBD limits.h") to the Open Group's pages, and any URL written in the reference. The
 * source document's sections ("seed §1") have no page; every reference, linked or not, also stands
 * in the test's description.
 */
final class ReferenceLinks {
    private static final Pattern URL = Pattern.compile("https?://[^\\s)\"']+");
    private static final Pattern MAN_PAGE = Pattern.compile("\\b([a-z_][a-z0-9_.-]*)\\(([1-8])\\)");
    private static final Pattern POSIX_FUNCTION = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\(\\)");
    private static final Pattern POSIX_HEADER = Pattern.compile("\\b([a-z]+(?:/[a-z]+)?)\\.h\\b");
    private static final String POSIX = "https://pubs.opengroup.org/onlinepubs/9699919799/";

    private ReferenceLinks() {
    }

    static List<Link> of(List<String> references) {
        Map<String, Link> links = new LinkedHashMap<>();
        for (String ref : references) {
            Matcher url = URL.matcher(ref);
            while (url.find()) {
                put(links, url.group(), url.group());
            }
            if (ref.startsWith("Linux")) {
                Matcher man = MAN_PAGE.matcher(ref);
                while (man.find()) {
                    String name = man.group(1);
                    String section = man.group(2);
                    put(links, name + "(" + section + ")",
                            "https://man7.org/linux/man-pages/man" + section + "/" + name + "." + section + ".html");
                }
            } else if (ref.startsWith("POSIX")) {
                String before = ref.contains(":") ? ref.substring(0, ref.indexOf(':')) : ref;
                if (before.contains("XSH")) {
                    Matcher f = POSIX_FUNCTION.matcher(before);
                    while (f.find()) {
                        put(links, "POSIX " + f.group(1) + "()", POSIX + "functions/" + f.group(1) + ".html");
                    }
                }
                if (before.contains("XBD")) {
                    Matcher h = POSIX_HEADER.matcher(before);
                    while (h.find()) {
                        put(links, "POSIX <" + h.group(1) + ".h>", POSIX + "basedefs/" + h.group(1).replace('/', '_') + ".h.html");
                    }
                }
            }
        }
        return new ArrayList<>(links.values());
    }

    private static void put(Map<String, Link> links, String name, String url) {
        links.putIfAbsent(url, new Link().setName(name).setUrl(url).setType("link"));
    }
}
