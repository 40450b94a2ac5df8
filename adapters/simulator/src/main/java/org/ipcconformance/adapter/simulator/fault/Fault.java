package org.ipcconformance.adapter.simulator.fault;

import java.util.Optional;

/**
 * The planted faults ("mutants") of the model. Each is one small deviation switched on inside the
 * kernel model, at the one place where the real behaviour is decided, so that the catalog
 * property it targets fails while everything else stays correct. They prove that the specs can
 * fail; they never special-case a spec's scenario.
 */
public enum Fault {
    SHARED_ADDRESS_SPACE("shared-address-space", "IPC-ADDRESS-ISOLATION",
            "every process of a sandbox reads and writes one and the same global variable"),
    ZERO_COPY_WRITE("zero-copy-write", "IPC-KERNEL-COPY",
            "a pipe keeps a reference to the writer's buffer instead of a copy, so a later store changes what is read"),
    BIDIRECTIONAL_PIPE("bidirectional-pipe", "PIPE-UNIDIRECTIONAL",
            "both ends of an anonymous pipe can be read and written"),
    NO_INHERITANCE("no-inheritance", "PIPE-RELATED-PROCESSES",
            "children inherit no handles and a piped child's stdin/stdout are not connected (EBADF in the child)"),
    UNBOUNDED_PIPE("unbounded-pipe", "PIPE-FINITE-BUFFER",
            "a pipe ignores its 64 KiB capacity: writes neither block nor fail with EAGAIN (a 4 MiB guard keeps the model's memory finite)"),
    MESSAGE_PIPE("message-pipe", "PIPE-BYTE-STREAM",
            "a pipe keeps write boundaries: one read returns at most the data of one write"),
    REORDERING_PIPE("reordering-pipe", "PIPE-ORDER",
            "a pipe swaps the two bytes around every 4096-byte boundary of its stream that falls inside one stored write"),
    NON_ATOMIC_WRITE("non-atomic-write", "PIPE-ATOMIC-WRITE",
            "writes of at most PIPE_BUF are not atomic: a non-blocking one writes what fits instead of EAGAIN, a blocking one goes in 2048-byte pieces that let waiting writers in between"),
    EARLY_EOF("early-eof", "PIPE-EOF",
            "read returns end-of-file as soon as any write end is closed, although other holders keep theirs open"),
    EOF_DROPS_DATA("eof-drops-data", "PIPE-EOF",
            "closing the last write end discards the bytes still buffered, so the reader sees end-of-file at once"),
    LOST_WAKEUP("lost-wakeup", "PIPE-EOF",
            "a write does not wake a reader asleep on the empty pipe, which then sleeps on with data waiting (it hangs into a TIMEOUT)"),
    SILENT_BROKEN_PIPE("silent-broken-pipe", "PIPE-BROKEN",
            "a write with no read end open succeeds and its bytes vanish: no SIGPIPE, no EPIPE"),
    FIFO_AS_REGULAR_FILE("fifo-as-regular-file", "FIFO-FILESYSTEM-NAME",
            "mkfifo makes a node that stat types as a REGULAR file"),
    PER_PROCESS_FIFO("per-process-fifo", "FIFO-UNRELATED-PROCESSES",
            "a FIFO keeps a private buffer for each family of related processes that opens it, so unrelated processes never exchange data through it"),
    FIFO_STORES_DATA("fifo-stores-data", "FIFO-MEMORY-CONTENT",
            "a FIFO's size counts its buffered bytes and its data survives the last close"),
    FIFO_OPEN_NEVER_WAITS("fifo-open-never-waits", "FIFO-OPEN-RENDEZVOUS",
            "a blocking open of a FIFO returns at once instead of waiting for the other side"),
    FIFO_NONBLOCKING_WRITE_OPEN("fifo-nonblocking-write-open", "FIFO-NONBLOCK-OPEN",
            "a non-blocking open for writing succeeds with no reader instead of failing with ENXIO"),
    UNLINK_CLOSES_FIFO("unlink-closes-fifo", "FIFO-UNLINK-KEEPS-OPEN-ENDS",
            "unlinking a FIFO also closes every open end of it, in every process"),
    UNCHECKED_PROTOCOL("unchecked-protocol", "SOCK-DOMAIN-TYPE-PROTOCOL",
            "socket() takes any protocol number for a domain and type (socket(INET, STREAM, UDP) succeeds) instead of EPROTONOSUPPORT"),
    UNIX_BIND_WITHOUT_NODE("unix-bind-without-node", "SOCK-UNIX-FILESYSTEM-ADDRESS",
            "binding an AF_UNIX socket registers the path with the network only: no node appears in the file system"),
    EPHEMERAL_PORT_ZERO("ephemeral-port-zero", "SOCK-INET-PORTS",
            "binding port 0 keeps port 0, as if it were a port like any other, instead of choosing a free ephemeral port"),
    LOW_PORTS_OPEN("low-ports-open", "SOCK-RESERVED-PORTS",
            "an unprivileged process may bind ports below 1024"),
    LOSSY_STREAM("lossy-stream", "SOCK-STREAM-RELIABLE",
            "a stream connection drops the byte at every MiB of its stream"),
    STREAM_KEEPS_BOUNDARIES("stream-keeps-boundaries", "SOCK-STREAM-RELIABLE",
            "a stream receive returns at most what one send sent, as if boundaries were kept"),
    MERGED_DATAGRAMS("merged-datagrams", "SOCK-DGRAM-MESSAGES",
            "a datagram receive returns every queued datagram of the same sender joined in one"),
    NO_EMSGSIZE("no-emsgsize", "SOCK-DGRAM-MESSAGES",
            "a datagram over the size limit is sent instead of refused with EMSGSIZE"),
    UDP_WITHOUT_CHECKSUM("udp-without-checksum", "SOCK-DGRAM-UNRELIABLE",
            "every eighth UDP datagram of a sandbox has its first byte flipped and is delivered anyway, where a checksum would drop it"),
    RAW_WITHOUT_HEADER("raw-without-header", "SOCK-RAW-ACCESS",
            "a raw socket receives packets without their IP header"),
    UNPRIVILEGED_RAW("unprivileged-raw", "SOCK-RAW-ACCESS",
            "an unprivileged process may open a raw socket"),
    UDP_DELIVERS_HEADER("udp-delivers-header", "SOCK-RAW-VS-STANDARD",
            "a UDP socket receives each datagram with its 8-byte UDP header in front of the payload");

    private final String id;
    private final String property;
    private final String description;

    Fault(String id, String property, String description) {
        this.id = id;
        this.property = property;
        this.description = description;
    }

    /** The name used on the command line: {@code simulator:<id>}. */
    public String id() {
        return id;
    }

    /** The catalog property this fault is planted to break. */
    public String property() {
        return property;
    }

    public String description() {
        return description;
    }

    public static Optional<Fault> byId(String id) {
        for (Fault f : values()) {
            if (f.id.equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
