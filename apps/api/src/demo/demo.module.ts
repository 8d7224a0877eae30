import { Module } from '@nestjs/common';
import { ProtocolModule } from '@app/protocol';
import { RegisterModule } from '@app/register';
import { AppModule } from '../app.module.js';
import { DemoLoader } from './demo-loader.js';

/** The application plus the demo loader, for `npm run demo` and the tests on the demo event. */
@Module({
  imports: [AppModule, RegisterModule, ProtocolModule],
  providers: [DemoLoader],
})
export class DemoModule {}
