import { Module } from '@nestjs/common';
import { FollowUpModule } from '@app/followup';
import { ProtocolModule } from '@app/protocol';
import { RegisterModule } from '@app/register';
import { AppModule } from '../app.module.js';
import { DemoLoader } from './demo-loader.js';
import { FollowUpDemo } from './followup-demo.js';

/** The application plus the demo loader, for `npm run demo` and the tests on the demo event. */
@Module({
  imports: [AppModule, RegisterModule, ProtocolModule, FollowUpModule],
  providers: [DemoLoader, FollowUpDemo],
})
export class DemoModule {}
