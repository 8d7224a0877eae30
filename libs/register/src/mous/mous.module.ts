import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { RegisterCoreModule } from '../register-core.module.js';
import { EventMousController } from './event-mous.controller.js';
import { MousController } from './mous.controller.js';
import { MousService } from './mous.service.js';

@Module({
  imports: [RegisterCoreModule, IdentityModule],
  controllers: [EventMousController, MousController],
  providers: [MousService],
  exports: [MousService],
})
export class MousModule {}
