package org.ipcconformance.adapter.natives.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipcconformance.spec.spi.FileType;
import org.ipcconformance.spec.spi.OpenMode;
import org.junit.jupiter.api.Test;

/**
 * The C agent as built and the Java side agree on every code of agent-ops.def: the agent prints
 * the table it was compiled from, and each Java constant must be there with the code it sends
 * (and each printed row must have a Java constant). A hand-written opcode on either side, or a
 * constant renamed on one side only, fails here.
 */
class AgentWireTest {

    @Test
    void everyOperationHasTheSameCodeInTheAgentAndInOp() throws Exception {
        Map<String, Integer> java = Arrays.stream(Op.values()).collect(Collectors.toMap(Op::name, Op::code));
        assertThat(new TreeMap<>(java)).as("Op's codes against ipc-agent --ops")
                .isEqualTo(new TreeMap<>(BuiltWireTable.rows("op")));
    }

    @Test
    void everyOperationTravelsAsItsCode() {
        for (Op op : Op.values()) {
            byte[] frame = new Request(op).frame();
            assertThat(frame[4] & 0xff).as("opcode byte of %s", op).isEqualTo(op.code());
        }
    }

    @Test
    void openModesTravelAsTheAgentsCodes() throws Exception {
        Map<String, Integer> sent = Arrays.stream(OpenMode.values()).collect(Collectors.toMap(OpenMode::name,
                mode -> ByteBuffer.wrap(new Request(Op.OPEN).openMode(mode).frame()).order(ByteOrder.nativeOrder()).getInt(5)));
        assertThat(new TreeMap<>(sent)).as("OPEN's mode codes against ipc-agent --ops")
                .isEqualTo(new TreeMap<>(BuiltWireTable.rows("open-mode")));
    }

    @Test
    void fileTypesAreReadAsTheAgentsCodes() throws Exception {
        Map<String, Integer> printed = BuiltWireTable.rows("file-type");
        Map<String, String> read = printed.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                row -> replyWith(row.getValue()).fileType().name()));
        assertThat(read).as("the FileType read for each code the agent sends")
                .isEqualTo(printed.keySet().stream().collect(Collectors.toMap(Function.identity(), Function.identity())));
        assertThat(printed.keySet()).as("FileType constants the agent can send")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(FileType.values()).map(Enum::name).toList());
    }

    /** A STAT-like reply body: errno 0, then the code. */
    private static Reply replyWith(int code) {
        return new Reply(ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putInt(0).putInt(code).array());
    }
}
