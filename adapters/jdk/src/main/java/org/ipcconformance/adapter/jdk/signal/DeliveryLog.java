package org.ipcconformance.adapter.jdk.signal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.signal.Delivery;

/**
 * Reads a child's delivery log from outside (the child may be busy or blocked): complete lines
 * only, since a handler may be writing the last one. sun.misc.Signal gives a handler no siginfo,
 * so the source and the sender are unknown (OTHER, -1) and no value travels.
 */
final class DeliveryLog {
    private DeliveryLog() {
    }

    static List<Delivery> read(Path log) {
        String text;
        try {
            text = Files.readString(log, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new HarnessException("cannot read the delivery log " + log + ": " + e, e);
        }
        List<Delivery> deliveries = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
            String[] fields = text.substring(start, end).split(" ");
            if (fields.length != 2) {
                throw new HarnessException("the delivery log " + log + " has a malformed line: " + text.substring(start, end));
            }
            deliveries.add(new Delivery(Long.parseLong(fields[0]), SignalNames.fromLog(fields[1]), 0, Delivery.Source.OTHER, -1));
        }
        return List.copyOf(deliveries);
    }
}
