/** Registers the AWS CLI reader with the engine (imported by engine.ts for its side effect). */
import { registerReader } from '../readers';
import { awsCliReader } from './reader';

registerReader(awsCliReader);
