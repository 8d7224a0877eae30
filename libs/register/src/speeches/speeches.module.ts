import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { RegisterCoreModule } from '../register-core.module.js';
import { SpeechesController } from './speeches.controller.js';
import { SpeechesService } from './speeches.service.js';

@Module({
  imports: [RegisterCoreModule, IdentityModule],
  controllers: [SpeechesController],
  providers: [SpeechesService],
  exports: [SpeechesService],
})
export class SpeechesModule {}
