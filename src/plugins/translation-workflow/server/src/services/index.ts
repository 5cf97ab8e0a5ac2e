import desk from './desk';
import models from './models';
import queue from './queue';
import states from './states';

export default { desk, models, queue, states };
