/**
 * The adapter SPI: what an implementation under certification offers to the specs.
 *
 * <h2>Writing an adapter</h2>
 * <ol>
 *   <li>An {@link org.ipcconformance.spec.spi.AdapterProvider}, registered in
 *       {@code META-INF/services/org.ipcconformance.spec.spi.AdapterProvider}, opens an
 *       {@link org.ipcconformance.spec.spi.Adapter} per run.</li>
 *   <li>The adapter declares its {@link org.ipcconformance.spec.spi.Features}: each
 *       {@link org.ipcconformance.spec.spi.Feature} it has, and for each it lacks one line on why.
 *       Specs that need a missing feature are NOT_APPLICABLE with that line; nothing else has to
 *       be written for what the adapter lacks.</li>
 *   <li>Each sandbox gives the spec its own process, a {@link org.ipcconformance.spec.spi.Proc}
 *       subclass whose {@link org.ipcconformance.spec.spi.Proc#facets()} lists the facets it
 *       offers: one interface per mechanism ({@link org.ipcconformance.spec.spi.PipeCalls},
 *       {@link org.ipcconformance.spec.spi.SocketCalls}...), each declared by one feature
 *       ({@link org.ipcconformance.spec.spi.Facet}). Implement the facets of the features you
 *       declare, and only those.</li>
 *   <li>Processes the adapter starts ({@link org.ipcconformance.spec.spi.SpawnCalls}) are
 *       {@code Proc}s too, offering {@link org.ipcconformance.spec.spi.LifecycleCalls}.</li>
 *   <li>A call that fails throws {@link org.ipcconformance.spec.spi.IpcException} with the
 *       portable {@link org.ipcconformance.spec.spi.IpcError} and the raw code (errno, exception).</li>
 * </ol>
 * The rules every adapter obeys are the harness's, enforced by {@code Proc}'s final methods: one
 * operation at a time in a started process, asynchronous blocking calls through
 * {@link org.ipcconformance.spec.spi.Proc#async}, signals only to started processes. An adapter
 * implements none of them.
 *
 * <p>The contract test in this module's test-jar ({@code AdapterContract}) checks an adapter
 * against these rules: extend it in your adapter's tests and name your provider.
 *
 * <p>Types are marked with apiguardian's {@code @API}: {@code EXPERIMENTAL} ones may still change
 * between minor versions, {@code INTERNAL} ones are the harness's own.
 */
package org.ipcconformance.spec.spi;
