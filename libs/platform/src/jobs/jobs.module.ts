import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service.js';

/** The job queue, one per process: imported once by the application (the API or the worker). */
@Global()
@Module({
  providers: [JobQueue],
  exports: [JobQueue],
})
export class JobsModule {}
