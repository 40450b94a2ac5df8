package org.ipcconformance.adapter.natives.agent;

import static org.ipcconformance.adapter.natives.libc.LinuxConstants.*;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.StringArray;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.adapter.natives.libc.Libc;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.SignalDisposition;

/**
 * Starts agents with posix_spawn: no fork() of the JVM (glibc uses clone(CLONE_VM|CLONE_VFORK)
 * and execs at once). File actions put the control socket on fd 3, standard error on 2, the
 * chosen descriptors where asked and /dev/null on 0 and 1 unless placed; the attributes empty
 * the signal mask and reset every catchable signal to its default, so an agent never starts
 * with the JVM's blocked or ignored signals. The agent closes every other descriptor itself.
 */
public final class AgentLauncher {
    static final int CONTROL_FD = 3;
    private static final String[] ENVIRONMENT = {"PATH=/usr/bin:/bin", "LC_ALL=C"};

    private final Supplier<AgentBinary> binary;
    private final Path runDirectory;

    public AgentLauncher(Supplier<AgentBinary> binary, Path runDirectory) {
        this.binary = binary;
        this.runDirectory = runDirectory;
    }

    /** @param options further agent options, e.g. {@code --terminal PTS} (see ipc-agent.c) */
    AgentProcess launch(String name, List<Placement> placements, SignalDisposition sigpipe, List<String> options) {
        Path program = binary.get().path();
        int[] pair = new int[2];
        if (Libc.socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) < 0) {
            throw new HarnessException("cannot create the control socket for " + name + ": "
                    + Errno.describe(Native.getLastError()));
        }
        StderrCapture stderr;
        try {
            stderr = StderrCapture.create(runDirectory, name);
        } catch (RuntimeException e) {
            Libc.close(pair[0]);
            Libc.close(pair[1]);
            throw e;
        }
        List<Placement> all = new ArrayList<>(placements);
        all.add(new Placement(pair[1], CONTROL_FD));
        all.add(new Placement(stderr.fd(), 2));
        String keep = placements.stream().map(Placement::childFd).filter(fd -> fd > 2)
                .map(String::valueOf).collect(Collectors.joining(","));
        List<String> argv = new ArrayList<>(List.of(program.toString(),
                "--run", runDirectory.toAbsolutePath().toString(), "--name", name,
                "--control", String.valueOf(CONTROL_FD),
                "--sigpipe", sigpipe == SignalDisposition.IGNORE ? "ignore" : "default"));
        if (!keep.isEmpty()) {
            argv.add("--keep");
            argv.add(keep);
        }
        argv.addAll(options);
        int pid;
        try {
            pid = spawn(name, program, all, argv);
        } catch (RuntimeException e) {
            stderr.close();
            Libc.close(pair[0]);
            throw e;
        } finally {
            Libc.close(pair[1]);
        }
        ControlChannel channel = new ControlChannel(pair[0], name);
        Reaper reaper = Reaper.watch(pid, name);
        byte[] hello = channel.receive();
        if (hello == null) {
            ExitStatus status = reaper.await();
            String said = stderr.text();
            channel.close();
            stderr.close();
            throw new HarnessException("the agent for " + name + " (" + program + ") ended at start: " + status
                    + (said.isEmpty() ? "" : ": " + said));
        }
        Reply r = new Reply(hello);
        int reportedPid = r.i32();
        int pipeBuf = r.i32();
        long global = r.i64();
        if (reportedPid != pid) {
            reaper.kill();
            reaper.await();
            channel.close();
            stderr.close();
            throw new HarnessException("the agent for " + name + " says it is pid " + reportedPid + ", posix_spawn said " + pid);
        }
        return new AgentProcess(pid, name, channel, reaper, stderr, pipeBuf, global);
    }

    private static int spawn(String name, Path program, List<Placement> placements, List<String> argv) {
        try (Memory actions = new Memory(SPAWN_FILE_ACTIONS_SIZE);
             Memory attr = new Memory(SPAWN_ATTR_SIZE);
             Memory mask = new Memory(SIGSET_SIZE);
             Memory defaults = new Memory(SIGSET_SIZE);
             Memory pid = new Memory(4)) {
            actions.clear();
            attr.clear();
            check(name, "posix_spawn_file_actions_init", Libc.posix_spawn_file_actions_init(actions));
            try {
                check(name, "posix_spawnattr_init", Libc.posix_spawnattr_init(attr));
                try {
                    fileActions(name, actions, placements);
                    attributes(name, attr, mask, defaults);
                    StringArray args = new StringArray(argv.toArray(String[]::new));
                    StringArray env = new StringArray(ENVIRONMENT);
                    int rc = Libc.posix_spawn(pid, program.toString(), actions, attr, args, env);
                    args.close();
                    env.close();
                    if (rc != 0) {
                        throw new HarnessException("cannot start the agent " + program + " for " + name
                                + ": posix_spawn failed with " + Errno.describe(rc));
                    }
                    return pid.getInt(0);
                } finally {
                    Libc.posix_spawnattr_destroy(attr);
                }
            } finally {
                Libc.posix_spawn_file_actions_destroy(actions);
            }
        }
    }

    /**
     * Every source goes first to a number above all sources and targets, then to its target:
     * one dup2 can then never overwrite a source that another placement still needs.
     */
    private static void fileActions(String name, Memory actions, List<Placement> placements) {
        int above = placements.stream().mapToInt(p -> Math.max(p.parentFd(), p.childFd())).max().orElse(2) + 1;
        for (int i = 0; i < placements.size(); i++) {
            check(name, "adddup2", Libc.posix_spawn_file_actions_adddup2(actions, placements.get(i).parentFd(), above + i));
        }
        for (int i = 0; i < placements.size(); i++) {
            check(name, "adddup2", Libc.posix_spawn_file_actions_adddup2(actions, above + i, placements.get(i).childFd()));
            check(name, "addclose", Libc.posix_spawn_file_actions_addclose(actions, above + i));
        }
        for (int fd = 0; fd <= 1; fd++) {
            int target = fd;
            if (placements.stream().noneMatch(p -> p.childFd() == target)) {
                check(name, "addopen", Libc.posix_spawn_file_actions_addopen(actions, fd, "/dev/null",
                        fd == 0 ? O_RDONLY : O_WRONLY, 0));
            }
        }
    }

    private static void attributes(String name, Memory attr, Memory mask, Memory defaults) {
        check(name, "sigemptyset", Libc.sigemptyset(mask));
        check(name, "sigemptyset", Libc.sigemptyset(defaults));
        for (int sig = 1; sig <= SIGRTMAX; sig++) {
            boolean glibcReserved = sig > 31 && sig < SIGRTMIN;
            if (sig != SIGKILL && sig != SIGSTOP && !glibcReserved) {
                check(name, "sigaddset", Libc.sigaddset(defaults, sig));
            }
        }
        check(name, "posix_spawnattr_setsigmask", Libc.posix_spawnattr_setsigmask(attr, mask));
        check(name, "posix_spawnattr_setsigdefault", Libc.posix_spawnattr_setsigdefault(attr, defaults));
        check(name, "posix_spawnattr_setflags",
                Libc.posix_spawnattr_setflags(attr, (short) (POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)));
    }

    private static void check(String name, String call, int rc) {
        if (rc != 0) {
            int errno = rc > 0 ? rc : Native.getLastError();
            throw new HarnessException(call + " failed while starting " + name + ": " + Errno.describe(errno));
        }
    }
}
