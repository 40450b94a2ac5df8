package org.ipcconformance.adapter.natives.mq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ipcconformance.adapter.natives.agent.BuiltWireTable;
import org.junit.jupiter.api.Test;

/** MqPrimitives' msgrcv option bits are the ones the agent was built with (agent-ops.def's AGENT_MSGRCV_FLAG rows). */
class MsgrcvFlagsWireTest {

    @Test
    void theOptionBitsAreTheAgents() throws Exception {
        assertThat(Map.of("NO_WAIT", MqPrimitives.NO_WAIT, "EXCEPT", MqPrimitives.EXCEPT, "NO_ERROR", MqPrimitives.NO_ERROR))
                .isEqualTo(BuiltWireTable.rows("msgrcv-flag"));
    }
}
