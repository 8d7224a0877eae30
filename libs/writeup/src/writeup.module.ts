import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { RegisterModule } from '@app/register';
import { WriteupDraftsService } from './drafts/writeup-drafts.service.js';
import { WRITEUP_ENTITIES } from './entities/index.js';
import { HouseStyleController } from './house-style/house-style.controller.js';
import { HouseStyleService } from './house-style/house-style.service.js';
import { WriteupController } from './http/writeup.controller.js';
import { WriteupService } from './http/writeup.service.js';
import { EventSnapshotLoader } from './snapshot/event-snapshot.loader.js';

@Module({
  imports: [TypeOrmModule.forFeature(WRITEUP_ENTITIES), IdentityModule, RegisterModule],
  controllers: [WriteupController, HouseStyleController],
  providers: [EventSnapshotLoader, WriteupService, WriteupDraftsService, HouseStyleService],
  exports: [EventSnapshotLoader, WriteupService],
})
export class WriteupModule {}
