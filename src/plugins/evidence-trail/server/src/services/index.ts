import latest from './latest';
import recorder from './recorder';
import restore from './restore';
import snapshots from './snapshots';
import trail from './trail';

export default { latest, recorder, restore, snapshots, trail };
