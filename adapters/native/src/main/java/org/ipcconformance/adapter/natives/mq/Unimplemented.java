package org.ipcconformance.adapter.natives.mq;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.ipcconformance.adapter.natives.core.NativeConditions;
import org.ipcconformance.adapter.natives.libc.Errno;

/**
 * The primitives of a platform that lacks some message-queue functions ({@link NativeConditions}):
 * a call of one of them fails with ENOSYS, as libc's stub does on a kernel built without it, and
 * goes through the same errno mapping as a real failure; the others are the real calls.
 */
final class Unimplemented {
    /** Each primitive and the libc function it is. */
    private static final Map<String, String> FUNCTIONS = Map.ofEntries(
            Map.entry("msgget", "msgget"), Map.entry("setQueueBytes", "msgctl"), Map.entry("msgsnd", "msgsnd"),
            Map.entry("msgrcv", "msgrcv"), Map.entry("msgStat", "msgctl"), Map.entry("msgRemove", "msgctl"),
            Map.entry("mqOpen", "mq_open"), Map.entry("mqSend", "mq_send"), Map.entry("mqReceive", "mq_receive"),
            Map.entry("mqAttributes", "mq_getattr"), Map.entry("mqUnlink", "mq_unlink"), Map.entry("mqClose", "mq_close"));

    private Unimplemented() {
    }

    static MqPrimitives wrap(MqPrimitives real, NativeConditions conditions) {
        if (FUNCTIONS.values().stream().noneMatch(conditions::notImplemented)) {
            return real;
        }
        InvocationHandler handler = (proxy, method, args) -> {
            String function = FUNCTIONS.get(method.getName());
            if (function != null && conditions.notImplemented(function)) {
                // Every primitive takes "what" last: the operation as the report names it.
                throw Errno.failure((String) args[args.length - 1], Errno.ENOSYS);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (MqPrimitives) Proxy.newProxyInstance(MqPrimitives.class.getClassLoader(), new Class<?>[] {MqPrimitives.class},
                handler);
    }
}
