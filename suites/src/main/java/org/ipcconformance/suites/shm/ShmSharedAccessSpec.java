package org.ipcconformance.suites.shm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.bytes;
import static org.ipcconformance.suites.engine.Bytes.pattern;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SharedMemoryCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.VariantFeature;
import org.ipcconformance.suites.engine.Variants;

/** Seed §5: several processes map one segment and read and write the same bytes. */
class ShmSharedAccessSpec {

    @Property(value = "SHM-SHARED-ACCESS", variants = Variants.IPC_FAMILY)
    @Requires(value = Feature.MULTI_PROCESS, ofVariant = VariantFeature.SHARED_MEMORY)
    void processesMappingOneSegmentShareItsBytes(Sandbox box, Evidence evidence, IpcFamily family) {
        Proc child = box.self().spawnChild(ChildOptions.inheriting());
        Proc unrelated = box.self().spawnUnrelated();

        SharedMemoryCalls first = child.sharedMemory(family);
        Mapping firstMap = first.attach(first.create("area", 8192));
        SharedMemoryCalls second = unrelated.sharedMemory(family);
        Handle opened = second.open("area");
        Mapping secondMap = second.attach(opened);
        SharedMemoryCalls self = box.self().sharedMemory(family);
        Mapping selfMap = self.attach(self.open("area"));
        evidence.record("segment", first.nameOf("area"));

        byte[] block = pattern(3000);
        first.store(firstMap, 4000, block);
        assertThat(second.load(secondMap, 4000, block.length)).as("what %s loads where %s stored", unrelated.name(), child.name())
                .isEqualTo(block);
        assertThat(self.load(selfMap, 4000, block.length)).as("what self loads where %s stored", child.name())
                .isEqualTo(block);

        second.store(secondMap, 10, bytes("from the other side"));
        assertThat(first.load(firstMap, 10, 19)).as("what %s loads where %s stored", child.name(), unrelated.name())
                .asString().isEqualTo("from the other side");
        self.store(selfMap, 8191, bytes("!"));
        assertThat(second.load(secondMap, 8191, 1)).as("the segment's last byte, stored by self").asString().isEqualTo("!");
        evidence.record("exchange", "3000 bytes stored by " + child.name() + " loaded by " + unrelated.name()
                + " and self; 19 bytes the other way; the last byte from self");
    }
}
