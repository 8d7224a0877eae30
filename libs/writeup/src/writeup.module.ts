import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { RegisterModule } from '@app/register';
import { OutputRegistry, ReportsModule } from '@app/reports';
import { WriteupDraftsService } from './drafts/writeup-drafts.service.js';
import { WRITEUP_ENTITIES } from './entities/index.js';
import { HouseStyleController } from './house-style/house-style.controller.js';
import { HouseStyleService } from './house-style/house-style.service.js';
import { WriteupController } from './http/writeup.controller.js';
import { WriteupService } from './http/writeup.service.js';
import { ScriptController } from './script/script.controller.js';
import { ScriptService } from './script/script.service.js';
import { EventSnapshotLoader } from './snapshot/event-snapshot.loader.js';

@Module({
  imports: [TypeOrmModule.forFeature(WRITEUP_ENTITIES), IdentityModule, RegisterModule, ReportsModule],
  controllers: [WriteupController, HouseStyleController, ScriptController],
  providers: [EventSnapshotLoader, WriteupService, WriteupDraftsService, HouseStyleService, ScriptService],
  exports: [EventSnapshotLoader, WriteupService, ScriptService],
})
export class WriteupModule implements OnModuleInit {
  constructor(
    private readonly outputs: OutputRegistry,
    private readonly writeups: WriteupService,
    private readonly scripts: ScriptService,
  ) {}

  /** The writeup and the presider's script are outputs whose downloads `GET /events/{id}/outputs` tracks. */
  onModuleInit(): void {
    this.outputs.register(this.writeups);
    this.outputs.register(this.scripts);
  }
}
