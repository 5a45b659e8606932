import { generatePackage } from '/work/main/generator/generate/pipeline.ts';
const files = await generatePackage({ specs: [{ file: process.argv[2]!, name: 'pets' }], package: { name: 'pets', version: '0.0.0' } });
for (const [k, v] of files) console.log('=====', k, v.length);
if (process.argv[3]) console.log(files.get(process.argv[3]));
