package org.ipcconformance.reports.baseline;

/**
 * One known deviation: this property fails on this adapter (where the platform matches), for a
 * documented reason.
 *
 * @param link an issue or bug report, or null
 * @param line the entry's line in the baseline file (1-based)
 */
public record BaselineEntry(String property, String adapter, PlatformMatch platform, String reason, String link,
                            int line) {
    public BaselineEntry {
        platform = platform == null ? PlatformMatch.ANY : platform;
    }

    public boolean appliesTo(String propertyId, String adapterId, Platform where) {
        return property.equals(propertyId) && adapter.equals(adapterId) && platform.matches(where);
    }
}
