package org.ipcconformance.spec.spi.ipc;

import org.apiguardian.api.API;

/**
 * The two APIs for kernel-persistent IPC objects. Every MQ/SHM/SEM property runs once per family,
 * and the report names the family of each verdict.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum IpcFamily {
    /** msgget/msgsnd/msgrcv, shmget/shmat, semget/semop: objects named by a numeric key. */
    SYSTEM_V("System V"),
    /** mq_open, shm_open/mmap, sem_open: objects named by a "/name". */
    POSIX("POSIX");

    private final String title;

    IpcFamily(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
