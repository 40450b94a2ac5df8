package org.ipcconformance.adapter.natives.poll;

import java.util.Set;
import org.ipcconformance.adapter.natives.agent.AgentProc;
import org.ipcconformance.adapter.natives.agent.Op;
import org.ipcconformance.adapter.natives.agent.Request;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.PollEvent;
import org.ipcconformance.spec.spi.ReadinessCalls;

/** poll(2) in an agent: one POLL request, carried out by agent-poll.c with one call of poll. */
public final class AgentReadiness implements ReadinessCalls {
    private final AgentProc agent;

    public AgentReadiness(AgentProc agent) {
        this.agent = agent;
    }

    @Override
    public Set<PollEvent> poll(Handle handle, Set<PollEvent> events) {
        return poll(handle, events, 0);
    }

    @Override
    public Set<PollEvent> pollWaiting(Handle handle, Set<PollEvent> events) {
        return poll(handle, events, -1);
    }

    private Set<PollEvent> poll(Handle handle, Set<PollEvent> events, int timeout) {
        String what = agent.describe("poll", agent.describe(handle) + ", " + events + ", " + timeout);
        int revents = agent.call(what, new Request(Op.POLL).i32(agent.fd(handle)).i32(PollBits.events(events)).i32(timeout)).i32();
        return PollBits.revents(revents);
    }
}
