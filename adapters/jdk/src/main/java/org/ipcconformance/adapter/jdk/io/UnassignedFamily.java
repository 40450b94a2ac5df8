package org.ipcconformance.adapter.jdk.io;

import java.net.ProtocolFamily;

/**
 * A protocol family that no system assigns: the JDK refuses it itself, before any socket(2)
 * (UnsupportedOperationException "Protocol family not supported"), its form of EAFNOSUPPORT.
 */
public final class UnassignedFamily implements ProtocolFamily {
    public static final UnassignedFamily INSTANCE = new UnassignedFamily();

    private UnassignedFamily() {
    }

    @Override
    public String name() {
        return "UNASSIGNED";
    }
}
