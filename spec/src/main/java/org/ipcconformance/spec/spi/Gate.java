package org.ipcconformance.spec.spi;

/**
 * One operation at a time in a started process: a real process sits in one call, so a second call
 * while one is pending is a defect of the spec, refused at once, the same on every adapter.
 * The thread that holds the gate may nest calls (an async operation made of several calls).
 */
final class Gate {
    private final String processName;
    private Object holder;
    private int depth;
    private String busyWith;

    Gate(String processName) {
        this.processName = processName;
    }

    synchronized void enter(String operation) {
        Thread me = Thread.currentThread();
        if (holder == me) {
            depth++;
            return;
        }
        refuseWhileBusy(operation);
        holder = me;
        depth = 1;
        busyWith = operation;
    }

    synchronized void leave() {
        if (--depth == 0) {
            holder = null;
            busyWith = null;
        }
    }

    /** Holds the gate for an operation that another thread will run (see {@link Proc#async}). */
    synchronized Reservation reserve(String operation) {
        refuseWhileBusy(operation);
        Reservation reservation = new Reservation();
        holder = reservation;
        depth = 1;
        busyWith = operation;
        return reservation;
    }

    private void refuseWhileBusy(String operation) {
        if (holder != null) {
            throw new HarnessException(processName + " runs one operation at a time: " + operation + " was called while "
                    + busyWith + " is pending");
        }
    }

    final class Reservation {
        /** The running thread takes over the gate the caller reserved. */
        void adopt() {
            synchronized (Gate.this) {
                holder = Thread.currentThread();
            }
        }

        void release() {
            synchronized (Gate.this) {
                holder = null;
                depth = 0;
                busyWith = null;
            }
        }
    }
}
