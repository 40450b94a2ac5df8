package org.ipcconformance.spec.spi;

import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.ipcconformance.spec.catalog.Standard;

/**
 * The implementation itself says that an optional part of the standard is absent: the first call
 * of the option's interface (the call that opens or creates its objects, or sends its signals)
 * failed with ENOSYS, or sysconf/unistd reports the option unsupported. The verdict is
 * UNSUPPORTED, not FAIL, for a property whose catalog {@code standard} names that option; a
 * later call of the interface failing with ENOSYS (mq_open worked, mq_send did not) is a partial
 * implementation and stays an ordinary {@link IpcException}, which fails the property.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public class OptionAbsentException extends IpcException {
    /** The calls that enter each option's interface: ENOSYS from one of them says the option is absent. */
    private static final Map<String, Standard> ENTRY_CALLS = Map.ofEntries(
            Map.entry("mq_open", Standard.POSIX_MSG),
            Map.entry("sem_open", Standard.POSIX_SEM),
            Map.entry("sem_init", Standard.POSIX_SEM),
            Map.entry("shm_open", Standard.POSIX_SHM),
            Map.entry("sigqueue", Standard.POSIX_RTS),
            Map.entry("msgget", Standard.XSI),
            Map.entry("shmget", Standard.XSI),
            Map.entry("semget", Standard.XSI));

    private final Standard option;

    /**
     * @param option    the option that is absent ({@link Standard#XSI} or a {@code POSIX_*} option)
     * @param operation what was attempted, as for {@link IpcException}
     * @param rawCode   how the implementation said so: {@code errno 38 (ENOSYS)}, or the sysconf value
     */
    public OptionAbsentException(Standard option, String operation, String rawCode) {
        super(IpcError.NOT_IMPLEMENTED, operation, rawCode);
        if (option.optionTag().isEmpty() && option != Standard.XSI) {
            throw new IllegalArgumentException(option.notation() + " is not an option of the standard");
        }
        this.option = option;
    }

    public Standard option() {
        return option;
    }

    /** The option whose interface {@code call} enters (mq_open: MSG), or empty for any other call. */
    public static Optional<Standard> enteredBy(String call) {
        return Optional.ofNullable(ENTRY_CALLS.get(call));
    }

    /** The option tags {@code run --require-option} accepts: {@code MSG}, ..., {@code XSI}. */
    public static String tagOf(Standard option) {
        return option == Standard.XSI ? "XSI" : option.optionTag().orElseThrow();
    }

    @Override
    public String getMessage() {
        return "the implementation reports the " + option.title() + " (" + option.notation() + ") absent: "
                + super.getMessage();
    }
}
