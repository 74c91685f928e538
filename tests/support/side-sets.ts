import { readKindSet, readStanceSet, STANCE_FRESH_2_FILE } from '../../src/evaluation/side-sets.ts';
import {
  KIND_FRESH_2_FILE,
  KIND_FRESH_3_FILE,
  KIND_FRESH_4_FILE,
  KIND_FRESH_5_FILE,
  KIND_FRESH_6_FILE,
  KIND_FRESH_7_FILE,
  KIND_FRESH_FILE,
} from '../../src/evaluation/side-report.ts';

/** Every set the side and the kind are judged on: the stance sets, the kind set and its fresh batches. */
export async function readSideSets() {
  return {
    stanceSet: await readStanceSet(),
    stanceFresh2: await readStanceSet(STANCE_FRESH_2_FILE),
    kindSet: await readKindSet(),
    kindFresh: await readKindSet(KIND_FRESH_FILE),
    kindFresh2: await readKindSet(KIND_FRESH_2_FILE),
    kindFresh3: await readKindSet(KIND_FRESH_3_FILE),
    kindFresh4: await readKindSet(KIND_FRESH_4_FILE),
    kindFresh5: await readKindSet(KIND_FRESH_5_FILE),
    kindFresh6: await readKindSet(KIND_FRESH_6_FILE),
    kindFresh7: await readKindSet(KIND_FRESH_7_FILE),
  };
}
