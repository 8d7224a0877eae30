import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { RegisterCoreModule } from '../register-core.module.js';
import { EventProjectsController } from './event-projects.controller.js';
import { ProjectsController } from './projects.controller.js';
import { SignedProjectsService } from './signed-projects.service.js';

@Module({
  imports: [RegisterCoreModule, IdentityModule],
  controllers: [EventProjectsController, ProjectsController],
  providers: [SignedProjectsService],
  exports: [SignedProjectsService],
})
export class ProjectsModule {}
