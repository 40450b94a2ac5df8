package org.ipcconformance.adapter.natives.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How WireTable reads agent-ops.def, and what it says when the table and Java disagree. */
class WireTableTest {
    enum Two { FIRST, SECOND }

    private static final String HEAD = "/* a comment\n   over two lines */\n#ifndef AGENT_OP\n#define AGENT_OP(name, code, handler)\n#endif\n";

    @Test
    void readsRowsByKindAndName() {
        WireTable table = WireTable.parse(HEAD + "AGENT_OP(FIRST, 7, agent_op_first) /* i32 fd */\n"
                + "AGENT_OP(SECOND, 9, agent_op_first)\nAGENT_FILE_TYPE(FIFO, 2, S_IFIFO)\n#undef AGENT_OP\n");
        assertThat(table.bind(WireTable.OP, Two.class)).isEqualTo(Map.of(Two.FIRST, 7, Two.SECOND, 9));
        assertThat(table.rows(WireTable.FILE_TYPE)).isEqualTo(Map.of("FIFO", 2));
    }

    @Test
    void aConstantWithoutARowAndARowWithoutAConstantAreBothNamed() {
        WireTable table = WireTable.parse(HEAD + "AGENT_OP(FIRST, 1, h)\nAGENT_OP(THIRD, 3, h)\n");
        assertThatThrownBy(() -> table.bind(WireTable.OP, Two.class))
                .hasMessageContaining("constants without a AGENT_OP row in agent-ops.def: [SECOND]")
                .hasMessageContaining("AGENT_OP rows without a constant: [THIRD]");
    }

    @Test
    void aReusedCodeATwiceDefinedNameAndAStrayLineAreErrorsWithTheirLines() {
        assertThatThrownBy(() -> WireTable.parse(HEAD + "AGENT_OP(FIRST, 1, h)\nAGENT_OP(SECOND, 1, h)\n"
                + "AGENT_OP(FIRST, 2, h)\nAGENT_OP(BIG, 256, h)\nint stray;\n"))
                .hasMessageContaining("agent-ops.def line 7: SECOND reuses code 1 of FIRST")
                .hasMessageContaining("agent-ops.def line 8: FIRST is defined twice")
                .hasMessageContaining("agent-ops.def line 9: BIG's code 256 does not fit the wire's opcode byte")
                .hasMessageContaining("agent-ops.def line 10: not a row: int stray;");
    }

    @Test
    void theJarsTableIsTheSourceTreesFile() throws Exception {
        // The resource is src/main/c/agent-ops.def copied by the build (pom.xml): one file, not two.
        assertThat(WireTable.definition().rows(WireTable.OP))
                .isEqualTo(WireTable.parse(Files.readString(Path.of("src/main/c/agent-ops.def"))).rows(WireTable.OP));
    }
}
