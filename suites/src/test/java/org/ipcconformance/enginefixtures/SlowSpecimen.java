package org.ipcconformance.enginefixtures;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.suites.engine.Property;

/** A body that outlives the spec time limit until the test releases it (bounded, in case it never does). */
public class SlowSpecimen {
    public static volatile CountDownLatch release = new CountDownLatch(1);

    @Property("PIPE-EOF")
    void waitsPastTheLimit(Sandbox box) throws InterruptedException {
        release.await(60, TimeUnit.SECONDS);
    }
}
