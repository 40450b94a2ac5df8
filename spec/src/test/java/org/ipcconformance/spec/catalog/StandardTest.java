package org.ipcconformance.spec.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandardTest {

    @Test
    void readsBackEveryNotationItWrites() {
        for (Standard s : Standard.values()) {
            assertThat(Standard.parse(s.notation())).contains(s);
        }
    }

    @Test
    void writesOptionsWithTheirOpenPosixTestSuiteTag() {
        assertThat(Standard.POSIX_MSG.notation()).isEqualTo("posix-option:MSG");
        assertThat(Standard.POSIX_MSG.optionTag()).contains("MSG");
        assertThat(Standard.POSIX_RTS.optionTag()).contains("RTS");
        assertThat(Standard.XSI.optionTag()).isEmpty();
        assertThat(Standard.POSIX.notation()).isEqualTo("posix");
    }

    @Test
    void readsAnyCaseAndSurroundingBlanksButNothingElse() {
        assertThat(Standard.parse(" posix-option:shm ")).contains(Standard.POSIX_SHM);
        assertThat(Standard.parse("XSI")).contains(Standard.XSI);
        assertThat(Standard.parse("posix-option")).isEmpty();
        assertThat(Standard.parse("posix-option:THR")).isEmpty();
        assertThat(Standard.parse("")).isEmpty();
        assertThat(Standard.parse(null)).isEmpty();
    }

    @Test
    void listsEveryAcceptedNotation() {
        assertThat(Standard.accepted()).isEqualTo("posix, posix-option:MSG, posix-option:SEM, posix-option:SHM,"
                + " posix-option:TMO, posix-option:RTS, xsi, linux");
    }
}
