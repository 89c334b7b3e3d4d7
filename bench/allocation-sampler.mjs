/**
 * Preloaded into the gateway by bench/allocations.ts (`node --import`): V8's sampling heap
 * profiler, counting objects the young and old collections freed too, so that it shows what a
 * call allocates rather than what it keeps. SIGUSR2 starts it; the second SIGUSR2 writes the
 * profile to the file named by ADGATE_ALLOCATIONS_FILE and then writes "<file>.done".
 */
import fs from 'node:fs';
import inspector from 'node:inspector';

const file = process.env.ADGATE_ALLOCATIONS_FILE;
if (!file) throw new Error('ADGATE_ALLOCATIONS_FILE is not set');
const session = new inspector.Session();
session.connect();
const post = (method, params) =>
  new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );
let sampling = false;
process.on('SIGUSR2', async () => {
  if (!sampling) {
    sampling = true;
    await post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    fs.writeFileSync(`${file}.started`, '');
    return;
  }
  const { profile } = await post('HeapProfiler.stopSampling');
  fs.writeFileSync(file, JSON.stringify(profile));
  fs.writeFileSync(`${file}.done`, '');
});
