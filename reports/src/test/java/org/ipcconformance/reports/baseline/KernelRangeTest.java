package org.ipcconformance.reports.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KernelRangeTest {

    @Test
    void comparisonsAllHoldOnTheLeadingNumbersOfARelease() {
        KernelRange r = KernelRange.parse(">=5.10 <6.2");
        assertThat(r.contains("5.10.0-28-amd64")).isTrue();
        assertThat(r.contains("6.1.0-18-amd64")).isTrue();
        assertThat(r.contains("5.9.16")).isFalse();
        assertThat(r.contains("6.2")).isFalse();
        assertThat(r.contains("6.18.44-fc")).isFalse();
        assertThat(r.contains("no numbers")).isFalse();
        assertThat(KernelRange.parse("> = 6").contains("6.0.1")).isTrue();
        assertThat(KernelRange.parse("=6.1").contains("6.1.0")).isTrue();
        assertThat(KernelRange.parse("<=6.1").contains("6.1.1")).isFalse();
    }

    @Test
    void aBareVersionMatchesTheReleasesThatStartWithIt() {
        KernelRange r = KernelRange.parse("6.1");
        assertThat(r.contains("6.1.0-18-amd64")).isTrue();
        assertThat(r.contains("6.1")).isTrue();
        assertThat(r.contains("6.10.2")).isFalse();
        assertThat(r.contains("6")).isFalse();
    }

    @Test
    void whatIsNotARangeSaysWhatIsAccepted() {
        assertThatThrownBy(() -> KernelRange.parse("")).hasMessageStartingWith("empty kernel range; accepted: comparisons");
        assertThatThrownBy(() -> KernelRange.parse(">=5.x")).hasMessageStartingWith("bad kernel range '>=5.x': '>=5.x' is not a comparison");
        assertThatThrownBy(() -> KernelRange.parse("5.10 - 6.2")).hasMessageContaining("'-' is not a comparison");
    }
}
