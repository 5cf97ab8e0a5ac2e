import models from './models';
import queue from './queue';
import states from './states';

export default { models, queue, states };
