package org.ipcconformance.adapter.natives.workload;

import java.util.EnumSet;
import java.util.Set;
import org.ipcconformance.adapter.natives.agent.AgentProc;
import org.ipcconformance.adapter.natives.agent.Op;
import org.ipcconformance.adapter.natives.agent.Reply;
import org.ipcconformance.adapter.natives.agent.Request;
import org.ipcconformance.spec.spi.WorkloadCalls;
import org.ipcconformance.spec.spi.workload.RoundTrips;
import org.ipcconformance.spec.spi.workload.Workload;

/**
 * Measured loops in an agent: one request runs the whole loop inside the agent and a peer it
 * forks (agent-workload.c), timed there with CLOCK_MONOTONIC; the harness only collects.
 */
public final class AgentWorkloads implements WorkloadCalls {
    private static final Op WORKLOAD = Op.WORKLOAD;
    private static final String CLOCK = "CLOCK_MONOTONIC in the agent";

    private final AgentProc agent;

    public AgentWorkloads(AgentProc agent) {
        this.agent = agent;
    }

    @Override
    public Set<Workload> workloads() {
        return EnumSet.allOf(Workload.class);
    }

    @Override
    public RoundTrips roundTrips(Workload workload, int messageBytes, int rounds) {
        Reply r = agent.call(agent.describe("round trips", workload.title() + ", " + rounds + " x " + messageBytes + " bytes"),
                new Request(WORKLOAD).blob(workload.name().getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .i32(messageBytes).i32(rounds));
        long median = r.i64();
        long p99 = r.i64();
        long max = r.i64();
        return new RoundTrips(workload, messageBytes, rounds, median, p99, max, CLOCK);
    }
}
