import recorder from './recorder';
import restore from './restore';
import snapshots from './snapshots';
import trail from './trail';

export default { recorder, restore, snapshots, trail };
